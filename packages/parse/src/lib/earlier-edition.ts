/**
 * The words that open a sentence about an earlier edition of the event (`The first edition of the forum took place in
 * Bishkek in 2021 …`, `Its previous session …`): a pattern's source, without anchors, for the continuation joiner and
 * the headcount reader, which both set such a sentence aside.
 */
export const earlierEditionOpeningSource = String.raw`(?:The|Its|Their)\s+(?:first|previous|last|earlier|inaugural|former)\s+(?:edition|session|meeting|forum|dialogue|camp|conference|festival|exhibition|fair|summit|round|one)\b`
