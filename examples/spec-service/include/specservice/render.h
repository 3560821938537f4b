// Renders a spec sheet image locally (CPU only, no I/O).
#pragma once

#include "specservice/product.h"

namespace specservice {

inline std::vector<char> render_spec_sheet(const Product &p) {
  std::vector<char> png(p.specs.begin(), p.specs.end());
  png.insert(png.begin(), {'\x89', 'P', 'N', 'G'});
  return png;
}

} // namespace specservice
