/** The dialogue record: meetings and consultations, their decisions, and action items with owners and due dates. */
@NullMarked
package org.regionaltc.dialogue;

import org.jspecify.annotations.NullMarked;
