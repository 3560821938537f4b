// conncheck test stub.
// Mirrors: oatpp/oatpp  src/oatpp/core/base/Environment.hpp @ tag 1.3.0 (commit 349d96114ae03ae6fd44dd2a398e5cdd9529fb48).
// Only the OATPP_VERSION macro and the global v_* typedefs (oatpp::base::Environment itself omitted).
#ifndef oatpp_base_Environment_hpp
#define oatpp_base_Environment_hpp

#include <atomic>
#include <cstdint>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>

#define OATPP_VERSION "1.3.0"

typedef unsigned char v_char8;
typedef v_char8 *p_char8;

typedef int8_t v_int8;
typedef uint8_t v_uint8;
typedef int16_t v_int16;
typedef uint16_t v_uint16;
typedef int32_t v_int32;
typedef uint32_t v_uint32;
typedef int64_t v_int64;
typedef uint64_t v_uint64;

typedef double v_float64;
typedef float v_float32;

typedef std::atomic_int_fast64_t v_atomicCounter;
typedef v_int64 v_counter;

typedef intptr_t v_buff_size;

#endif //oatpp_base_Environment_hpp
