/* compose.h: Vietnamese vowel letters taken apart into letter, shape mark and
 * tone mark, and put together again: composition of decomposed (NFD) text and
 * the moving of tone marks, without a Unicode library. */
#ifndef VN_COMPOSE_H
#define VN_COMPOSE_H

#include <stdbool.h>
#include <stdint.h>

enum vn_shape { VN_NO_SHAPE, VN_CIRCUMFLEX, VN_BREVE, VN_HORN };
enum vn_tone { VN_NO_TONE, VN_GRAVE, VN_ACUTE, VN_TILDE, VN_HOOK, VN_DOT };

struct vn_vowel {
	char letter;         /* a e i o u y, or upper case */
	unsigned char shape; /* enum vn_shape */
	unsigned char tone;  /* enum vn_tone */
};

/* Takes a vowel letter (plain or precomposed) apart; false for anything else. */
bool vn_vowel_split(uint32_t cp, struct vn_vowel *v);
/* The precomposed letter for v, or 0 when Unicode has none. */
uint32_t vn_vowel_join(const struct vn_vowel *v);

/* The letter that base followed by the combining mark makes (U+0300 U+0301
 * U+0303 U+0309 U+0323 U+0302 U+0306 U+031B, and U+0340 U+0341 for U+0300
 * U+0301), or 0 when the pair does not compose. */
uint32_t vn_compose(uint32_t base, uint32_t mark);

#endif
