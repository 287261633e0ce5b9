package org.pressfacts.tagging.linking;

/** A word of the text: its offsets, its folded form, and how it was capitalised. */
public record Token(int index, int start, int end, String text, String folded, boolean capitalized, boolean allCaps) {}
