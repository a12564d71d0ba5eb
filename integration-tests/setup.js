const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each test file loads the modules afresh; stale entity metadata from a
// previous file would otherwise leak into the next one.
MetadataStorage.clear()
