/** Shared infrastructure: security, web configuration, error handling and the page layout. */
@NullMarked
package org.regionaltc.system;

import org.jspecify.annotations.NullMarked;
