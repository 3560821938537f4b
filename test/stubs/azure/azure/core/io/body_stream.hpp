// Stub mirroring Azure/azure-sdk-for-cpp sdk/core/azure-core/inc/azure/core/io/body_stream.hpp
// at 8874c67b42f51814a50d89c9e2c22e2f29595cd2, reduced to what conncheck's tests use.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace Azure { namespace Core { namespace IO {
  class BodyStream {
  public:
    virtual ~BodyStream() = default;
    virtual int64_t Length() const = 0;
  };

  class MemoryBodyStream final : public BodyStream {
  public:
    MemoryBodyStream(std::vector<uint8_t> const&&) = delete;
    MemoryBodyStream(std::vector<uint8_t> const& buffer)
        : MemoryBodyStream(buffer.data(), buffer.size())
    {
    }
    explicit MemoryBodyStream(const uint8_t* data, size_t length) : m_data(data), m_length(length)
    {
    }
    int64_t Length() const override { return static_cast<int64_t>(m_length); }

  private:
    const uint8_t* m_data;
    size_t m_length;
  };
}}} // namespace Azure::Core::IO
