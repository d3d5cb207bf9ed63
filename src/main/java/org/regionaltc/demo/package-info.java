/** The clearly labelled demo programme that makes a first start meaningful. */
@NullMarked
package org.regionaltc.demo;

import org.jspecify.annotations.NullMarked;
