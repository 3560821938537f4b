// conncheck test stub.
// Mirrors: libcpr/cpr  include/cpr/api.h @ tag 1.10.5 (commit 3b15fa82ea74739b574d705fea44959b58142eb8); unchanged since 1.10.0 unless noted.
// (1.10.0 -> 1.10.5 only changed the body of DownloadAsync; signatures identical.)
// Same free function templates and signatures as the real header, for the single-request API:
// Get/Post/Put/Head/Delete/Options/Patch (Ts&&...), their *Async (Ts... by value, returning AsyncResponse),
// their *Callback, Download(std::ofstream&, Ts&&...), Download(const WriteCallback&, Ts&&...) and
// DownloadAsync(fs::path, Ts...). The Multi* functions and the cpr::priv helpers are omitted.
// BODIES ARE TRIVIAL: unlike the real ones they do not create a cpr::Session or perform any request;
// the async forms return an AsyncWrapper around an empty (invalid) std::future.
#ifndef CPR_API_H
#define CPR_API_H

#include <fstream>
#include <functional>
#include <future>
#include <string>
#include <utility>

#include "cpr/async_wrapper.h"
#include "cpr/callback.h"
#include "cpr/cprtypes.h"
#include "cpr/filesystem.h"
#include "cpr/response.h"
#include "cpr/session.h"

namespace cpr {

using AsyncResponse = AsyncWrapper<Response>;

// Get methods
template <typename... Ts>
Response Get(Ts&&... ts) {
    return Response{};
}

// Get async methods
template <typename... Ts>
AsyncResponse GetAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Get callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto GetCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Post methods
template <typename... Ts>
Response Post(Ts&&... ts) {
    return Response{};
}

// Post async methods
template <typename... Ts>
AsyncResponse PostAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Post callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto PostCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Put methods
template <typename... Ts>
Response Put(Ts&&... ts) {
    return Response{};
}

// Put async methods
template <typename... Ts>
AsyncResponse PutAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Put callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto PutCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Head methods
template <typename... Ts>
Response Head(Ts&&... ts) {
    return Response{};
}

// Head async methods
template <typename... Ts>
AsyncResponse HeadAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Head callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto HeadCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Delete methods
template <typename... Ts>
Response Delete(Ts&&... ts) {
    return Response{};
}

// Delete async methods
template <typename... Ts>
AsyncResponse DeleteAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Delete callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto DeleteCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Options methods
template <typename... Ts>
Response Options(Ts&&... ts) {
    return Response{};
}

// Options async methods
template <typename... Ts>
AsyncResponse OptionsAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Options callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto OptionsCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Patch methods
template <typename... Ts>
Response Patch(Ts&&... ts) {
    return Response{};
}

// Patch async methods
template <typename... Ts>
AsyncResponse PatchAsync(Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Patch callback methods
template <typename Then, typename... Ts>
// NOLINTNEXTLINE(fuchsia-trailing-return)
auto PatchCallback(Then then, Ts... ts) {
    return AsyncWrapper{std::future<decltype(then(Response{}))>{}};
}

// Download methods
template <typename... Ts>
Response Download(std::ofstream& file, Ts&&... ts) {
    return Response{};
}

// Download async method
template <typename... Ts>
AsyncResponse DownloadAsync(fs::path local_path, Ts... ts) {
    return AsyncResponse{std::future<Response>{}};
}

// Download with user callback
template <typename... Ts>
Response Download(const WriteCallback& write, Ts&&... ts) {
    return Response{};
}

} // namespace cpr

#endif
