// Hand-written stand-in for protoc's route_guide.pb.h (grpc/grpc
// examples/protos/route_guide.proto). Debian ships no protobuf headers with
// libgrpc++-dev here, so the messages are plain classes serialised through a
// grpc::SerializationTraits specialisation (gRPC's documented hook for
// non-protobuf messages) instead of google::protobuf::Message subclasses.
// Only the client-side shape matters to these tests.
#pragma once

#include <grpcpp/impl/serialization_traits.h>
#include <grpcpp/support/byte_buffer.h>
#include <grpcpp/support/status.h>

#include <cstdint>
#include <string>

namespace routeguide {

class Point {
public:
  int32_t latitude() const { return latitude_; }
  int32_t longitude() const { return longitude_; }
  void set_latitude(int32_t v) { latitude_ = v; }
  void set_longitude(int32_t v) { longitude_ = v; }

private:
  int32_t latitude_ = 0;
  int32_t longitude_ = 0;
};

class Rectangle {
public:
  Point *mutable_lo() { return &lo_; }
  Point *mutable_hi() { return &hi_; }

private:
  Point lo_, hi_;
};

class Feature {
public:
  const std::string &name() const { return name_; }
  const Point &location() const { return location_; }

private:
  std::string name_;
  Point location_;
};

class RouteNote {
public:
  const std::string &message() const { return message_; }
  void set_message(const std::string &m) { message_ = m; }

private:
  std::string message_;
};

class RouteSummary {
public:
  int32_t point_count() const { return point_count_; }

private:
  int32_t point_count_ = 0;
};

} // namespace routeguide

namespace grpc {
#define ROUTEGUIDE_TRAITS(T)                                                   \
  template <> class SerializationTraits<T, void> {                             \
  public:                                                                      \
    static Status Serialize(const T &msg, ByteBuffer *bb, bool *own_buffer);   \
    static Status Deserialize(ByteBuffer *bb, T *msg);                         \
  };
ROUTEGUIDE_TRAITS(routeguide::Point)
ROUTEGUIDE_TRAITS(routeguide::Rectangle)
ROUTEGUIDE_TRAITS(routeguide::Feature)
ROUTEGUIDE_TRAITS(routeguide::RouteNote)
ROUTEGUIDE_TRAITS(routeguide::RouteSummary)
#undef ROUTEGUIDE_TRAITS
} // namespace grpc
