package org.regionaltc.knowledge;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where this node keeps its search index (under the data folder by default: the index is per node, rebuilt from the
 * database) and how often it looks for changes to follow.
 */
@ConfigurationProperties("tc.search")
record SearchSettings(@DefaultValue("./data/search-index") Path indexDir, @DefaultValue("500ms") Duration pollInterval) {
}
