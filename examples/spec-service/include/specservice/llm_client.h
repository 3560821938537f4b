// A thin client for the internal LLM gateway (OpenAI-compatible API).
// Every call is a blocking HTTPS round trip of 2 to 30 seconds.
#pragma once

#include <httplib.h>

#include <stdexcept>
#include <string>

namespace specservice {

class LlmClient {
public:
  explicit LlmClient(const std::string &base_url) : http_(base_url) {
    http_.set_read_timeout(60, 0);
  }

  // Asks the model to turn a free-text description into structured specs.
  std::string complete_specs(const std::string &name,
                             const std::string &description) {
    return post_chat("Extract technical specs as JSON for " + name + ": " +
                     description);
  }

private:
  std::string post_chat(const std::string &prompt) {
    std::string body = R"({"model":"spec-extractor","messages":[{"role":"user","content":")" +
                       escape(prompt) + R"("}]})";
    httplib::Result res =
        http_.Post("/v1/chat/completions", body, "application/json");
    if (!res || res->status != 200)
      throw std::runtime_error("LLM gateway failed");
    return res->body;
  }

  static std::string escape(const std::string &s) {
    std::string out;
    for (char c : s) {
      if (c == '"' || c == '\\')
        out += '\\';
      out += c;
    }
    return out;
  }

  httplib::Client http_;
};

} // namespace specservice
