/** User accounts, roles and their bindings to countries and financing bodies. */
@NullMarked
package org.regionaltc.account;

import org.jspecify.annotations.NullMarked;
