package org.hifazat.curriculum.model;

/**
 * Feedback on one piece of an answered item: an option, part, card, order item or match pair.
 *
 * @param chosen   the pupil chose, tapped, placed or matched it
 * @param correct  the piece is part of the correct answer (a correct option, a red flag); for cards, order items
 *                 and pairs always true
 * @param right    the pupil handled this piece correctly (chose a correct option, left a wrong one, put a card in
 *                 its category, an item in its place, a pair together)
 * @param feedback why, or null where the format has none for the piece (order items, pairs, some pledge options)
 */
public record Mark(String id, boolean chosen, boolean correct, boolean right, Text feedback) {}
