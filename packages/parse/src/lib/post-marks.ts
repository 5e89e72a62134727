// Emoji are in these ranges (symbols, and the surrogates of the supplementary planes): a text without any is not
// scanned with the costlier Unicode property.
const emojiRange = /[\u2600-\u27bf\ud83c-\ud83e]/
const pictograph = /\p{Extended_Pictographic}/u

/**
 * Whether a text may hold an emoji: a character of the ranges emoji are in (a cheap test, true for some other
 * symbols too).
 *
 * @param text The text.
 */
export function mayHoldEmoji(text: string): boolean {
  return emojiRange.test(text)
}

/**
 * Whether a text holds an emoji (`📅`, `👥`, `🎮`), as a chat's or a channel's post does.
 *
 * @param text The text.
 * @example
 *   hasEmoji('📅 10 Jan 2025 | 📍 Almaty') // true
 */
export function hasEmoji(text: string): boolean {
  return emojiRange.test(text) && pictograph.test(text)
}

// `#Heritage #SilkRoadFriends`: a post's hashtags on a line of their own.
const hashtagLine = /^#[\p{L}\p{N}_]+(?:\s+#[\p{L}\p{N}_]+)*$/u

/**
 * Whether a line is a post's hashtags and nothing else (`#Heritage #SilkRoadFriends`).
 *
 * @param text The line, trimmed.
 */
export function isHashtagLine(text: string): boolean {
  return text.charCodeAt(0) === 0x23 && hashtagLine.test(text)
}
