// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/cprtypes.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// cpr_off_t is curl_off_t in the real header (long on LP64 Linux); std::int64_t here to avoid <curl/curl.h>.
// cpr_pf_arg_t (libcurl >= 7.32) = cpr_off_t. StringHolder operator+, operator+=, operator!= and the operator<< overload are omitted.
// NOTE: cpr::Parameters and cpr::Body are NOT in this header in the real library: they live in
// cpr/parameters.h and cpr/body.h (stubbed at those paths).
#ifndef CPR_CPR_TYPES_H
#define CPR_CPR_TYPES_H

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <numeric>
#include <string>
#include <string_view>

namespace cpr {

using cpr_off_t = std::int64_t;

using cpr_pf_arg_t = cpr_off_t;

template <class T>
class StringHolder {
  public:
    StringHolder() = default;
    explicit StringHolder(std::string str) : str_(std::move(str)) {}
    explicit StringHolder(std::string_view str) : str_(str) {}
    explicit StringHolder(const char* str) : str_(str) {}
    StringHolder(const char* str, size_t len) : str_(str, len) {}
    StringHolder(const std::initializer_list<std::string> args) {
        str_ = std::accumulate(args.begin(), args.end(), str_);
    }
    StringHolder(const StringHolder& other) = default;
    StringHolder(StringHolder&& old) noexcept = default;
    virtual ~StringHolder() = default;

    StringHolder& operator=(StringHolder&& old) noexcept = default;
    StringHolder& operator=(const StringHolder& other) = default;

    explicit operator std::string() const {
        return str_;
    }

    bool operator==(const char* rhs) const {
        return str_ == rhs;
    }
    bool operator==(const std::string& rhs) const {
        return str_ == rhs;
    }
    bool operator==(const StringHolder<T>& rhs) const {
        return str_ == rhs.str_;
    }

    const std::string& str() {
        return str_;
    }
    const std::string& str() const {
        return str_;
    }
    const char* c_str() const {
        return str_.c_str();
    }
    const char* data() const {
        return str_.data();
    }

  protected:
    std::string str_{};
};

class Url : public StringHolder<Url> {
  public:
    Url() = default;
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(std::string url) : StringHolder<Url>(std::move(url)) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(std::string_view url) : StringHolder<Url>(url) {}
    // NOLINTNEXTLINE(google-explicit-constructor, hicpp-explicit-conversions)
    Url(const char* url) : StringHolder<Url>(url) {}
    Url(const char* str, size_t len) : StringHolder<Url>(std::string(str, len)) {}
    Url(const std::initializer_list<std::string> args) : StringHolder<Url>(args) {}
    Url(const Url& other) = default;
    Url(Url&& old) noexcept = default;
    ~Url() override = default;

    Url& operator=(Url&& old) noexcept = default;
    Url& operator=(const Url& other) = default;
};

struct CaseInsensitiveCompare {
    bool operator()(const std::string& a, const std::string& b) const noexcept;
};

using Header = std::map<std::string, std::string, CaseInsensitiveCompare>;

} // namespace cpr

#endif
