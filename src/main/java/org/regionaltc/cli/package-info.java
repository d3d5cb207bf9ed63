/** The command line in the same jar, run without the web server. */
@NullMarked
package org.regionaltc.cli;

import org.jspecify.annotations.NullMarked;
