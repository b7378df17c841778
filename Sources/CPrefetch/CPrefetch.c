// The prefetch helper is a static inline function in include/CPrefetch.h; SwiftPM wants a source file.
#include "CPrefetch.h"
