package org.regionaltc.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a formula or rule written as plain Java: it takes its inputs as values and neither uses Spring nor JDBC,
 * so that it can be unit-tested, and reused (by the optimizer, for one), without a database. PurityTests checks it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Pure {
}
