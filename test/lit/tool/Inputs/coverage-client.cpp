// The HTTP client that Inputs/coverage.json describes, in a unit of its own.
namespace acme {
namespace http {
void get(const char *url, double timeout_s);
} // namespace http
} // namespace acme
