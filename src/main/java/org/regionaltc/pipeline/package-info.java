/** The negotiation pipeline: proposals of projects to financing bodies, their stages, history and weighted value. */
@NullMarked
package org.regionaltc.pipeline;

import org.jspecify.annotations.NullMarked;
