/* compose.c: Vietnamese vowel letters apart and together, from generated tables. */
#include "compose.h"

#include <string.h>

#include "compose-table.h"

bool vn_vowel_split(uint32_t cp, struct vn_vowel *v)
{
	unsigned cell = 0;

	if (cp < 0x80) {
		const char *p = cp ? strchr(vowel_letters, (int)cp) : NULL;
		if (!p)
			return false;
		cell = (unsigned)(p - vowel_letters + 1) << 5;
	} else if (cp >= 0xC0 && cp <= 0x1B0) {
		cell = vowel_split_latin[cp - 0xC0];
	} else if (cp >= 0x1EA0 && cp <= 0x1EF9) {
		cell = vowel_split_extended[cp - 0x1EA0];
	}
	if (!cell)
		return false;
	v->letter = vowel_letters[(cell >> 5) - 1];
	v->shape = (cell >> 3) & 3;
	v->tone = cell & 7;
	return true;
}

uint32_t vn_vowel_join(const struct vn_vowel *v)
{
	const char *p = v->letter ? strchr(vowel_letters, v->letter) : NULL;

	if (!p || v->shape > VN_HORN || v->tone > VN_DOT)
		return 0;
	return vowel_join[p - vowel_letters][v->shape][v->tone];
}

uint32_t vn_compose(uint32_t base, uint32_t mark)
{
	struct vn_vowel v;
	unsigned char *slot, value;

	if (!vn_vowel_split(base, &v))
		return 0;
	switch (mark) {
	case 0x0300: case 0x0340: slot = &v.tone, value = VN_GRAVE; break;
	case 0x0301: case 0x0341: slot = &v.tone, value = VN_ACUTE; break;
	case 0x0303: slot = &v.tone, value = VN_TILDE; break;
	case 0x0309: slot = &v.tone, value = VN_HOOK; break;
	case 0x0323: slot = &v.tone, value = VN_DOT; break;
	case 0x0302: slot = &v.shape, value = VN_CIRCUMFLEX; break;
	case 0x0306: slot = &v.shape, value = VN_BREVE; break;
	case 0x031B: slot = &v.shape, value = VN_HORN; break;
	default: return 0;
	}
	/* A second tone or a second shape does not stack. */
	if (*slot)
		return 0;
	*slot = value;
	return vn_vowel_join(&v);
}
