// Stub mirroring minio/minio-cpp include/miniocpp/args.h at tag v0.3.0,
// reduced to what conncheck's tests use.
#ifndef MINIO_CPP_ARGS_H_INCLUDED
#define MINIO_CPP_ARGS_H_INCLUDED

#include <cstddef>
#include <istream>
#include <list>
#include <string>

namespace minio::s3 {

struct BaseArgs {
  BaseArgs() = default;
  ~BaseArgs() = default;
};  // struct BaseArgs

struct BucketArgs : public BaseArgs {
  std::string bucket;
  std::string region;
  BucketArgs() = default;
  ~BucketArgs() = default;
};  // struct BucketArgs

struct ObjectArgs : public BucketArgs {
  std::string object;
  ObjectArgs() = default;
  ~ObjectArgs() = default;
};  // struct ObjectArgs

struct ObjectWriteArgs : public ObjectArgs {
  ObjectWriteArgs() = default;
  ~ObjectWriteArgs() = default;
};  // struct ObjectWriteArgs

struct ObjectVersionArgs : public ObjectArgs {
  std::string version_id;
  ObjectVersionArgs() = default;
  ~ObjectVersionArgs() = default;
};  // struct ObjectVersionArgs

struct ObjectReadArgs : public ObjectVersionArgs {
  ObjectReadArgs() = default;
  ~ObjectReadArgs() = default;
};  // struct ObjectReadArgs

struct ObjectConditionalReadArgs : public ObjectReadArgs {
  ObjectConditionalReadArgs() = default;
  ~ObjectConditionalReadArgs() = default;
};  // struct ObjectConditionalReadArgs

using StatObjectArgs = ObjectConditionalReadArgs;

using RemoveObjectArgs = ObjectVersionArgs;

struct DownloadObjectArgs : public ObjectReadArgs {
  std::string filename;
  bool overwrite;
  DownloadObjectArgs() = default;
  ~DownloadObjectArgs() = default;
};  // struct DownloadObjectArgs

struct GetObjectArgs : public ObjectConditionalReadArgs {
  GetObjectArgs() = default;
  ~GetObjectArgs() = default;
};  // struct GetObjectArgs

struct ListObjectsArgs : public BucketArgs {
  std::string prefix;
  bool recursive = false;
  ListObjectsArgs() = default;
  ~ListObjectsArgs() = default;
};  // struct ListObjectsArgs

struct PutObjectBaseArgs : public ObjectWriteArgs {
  long object_size = -1;
  size_t part_size = 0;
  std::string content_type;
  PutObjectBaseArgs() = default;
  ~PutObjectBaseArgs() = default;
};  // struct PutObjectBaseArgs

struct PutObjectArgs : public PutObjectBaseArgs {
  std::istream& stream;
  PutObjectArgs(std::istream& stream, long object_size, long part_size);
  ~PutObjectArgs() = default;
};  // struct PutObjectArgs

struct UploadObjectArgs : public PutObjectBaseArgs {
  std::string filename;
  UploadObjectArgs() = default;
  ~UploadObjectArgs() = default;
};  // struct UploadObjectArgs

struct GetPresignedObjectUrlArgs : public ObjectVersionArgs {
  unsigned int expiry_seconds = 0;
  GetPresignedObjectUrlArgs() = default;
  ~GetPresignedObjectUrlArgs() = default;
};  // struct GetPresignedObjectUrlArgs

}  // namespace minio::s3

#endif  // MINIO_CPP_ARGS_H_INCLUDED
