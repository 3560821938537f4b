// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/filesystem.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// Only the std::filesystem branch (the real header can also use boost or experimental/filesystem).
#ifndef CPR_FILESYSTEM_H
#define CPR_FILESYSTEM_H

#include <filesystem>
namespace cpr {
namespace fs = std::filesystem;
}

#endif
