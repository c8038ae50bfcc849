/* utf8.c: strict UTF-8 decoding (RFC 3629) and encoding. */
#include "utf8.h"

int u8_decode(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char b = s[0];
	int len, i;
	uint32_t c, min;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b < 0xC2)
		return -1;
	if (b < 0xE0) {
		len = 2, c = b & 0x1F, min = 0x80;
	} else if (b < 0xF0) {
		len = 3, c = b & 0x0F, min = 0x800;
	} else if (b < 0xF5) {
		len = 4, c = b & 0x07, min = 0x10000;
	} else {
		return -1;
	}
	for (i = 1; i < len; i++) {
		if ((size_t)i >= n)
			return 0;
		if ((s[i] & 0xC0) != 0x80)
			return -1;
		c = (c << 6) | (s[i] & 0x3F);
		/* Reject overlong and out-of-range forms as early as they show. */
		if (i == 1 && len == 3 && ((b == 0xE0 && s[1] < 0xA0) || (b == 0xED && s[1] >= 0xA0)))
			return -1;
		if (i == 1 && len == 4 && ((b == 0xF0 && s[1] < 0x90) || (b == 0xF4 && s[1] >= 0x90)))
			return -1;
	}
	if (c < min)
		return -1;
	*cp = c;
	return len;
}

int u8_encode(uint32_t cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
	out[3] = (char)(0x80 | (cp & 0x3F));
	return 4;
}

int u8_decode_back(const unsigned char *s, size_t n, uint32_t *cp)
{
	size_t i = n;
	int len;

	if (n == 0)
		return 0;
	while (i > 0 && n - i < 4 && (s[i - 1] & 0xC0) == 0x80)
		i--;
	if (i == 0 || (s[i - 1] & 0xC0) == 0x80) {
		*cp = 0xFFFD;
		return 1;
	}
	i--;
	len = u8_decode(s + i, n - i, cp);
	if (len <= 0 || (size_t)len != n - i) {
		*cp = 0xFFFD;
		return 1;
	}
	return len;
}

size_t u8_valid_prefix(const unsigned char *s, size_t n)
{
	size_t i = 0;

	while (i < n) {
		unsigned char b = s[i];

		if (b < 0x80) {
			i++;
		} else if (b >= 0xE1 && b < 0xF0 && b != 0xED) {
			/* The common three-byte case: Vietnamese letters U+1EA0-U+1EF9. */
			if (i + 2 >= n || ((s[i + 1] ^ 0x80) | (s[i + 2] ^ 0x80)) >= 0x40)
				break;
			i += 3;
		} else if (b >= 0xC2 && b < 0xE0) {
			if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80)
				break;
			i += 2;
		} else {
			uint32_t cp;
			int k = u8_decode(s + i, n - i, &cp);
			if (k <= 0)
				break;
			i += (size_t)k;
		}
	}
	return i;
}
