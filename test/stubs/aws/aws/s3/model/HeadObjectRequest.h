// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/HeadObjectRequest.h (1.11.x)
// Members by the generator pattern; the header itself was not read from the index (NOT VERIFIED in detail).
// Setter style follows the newer 1.11 code generator (templated `template <typename XT = Aws::String>
// void SetX(XT&&)` / `Request& WithX(XT&&)`), as in the index copy of PutObjectRequest.h at commit
// 0738345fc92a4774c2b9145402f6c2359b2c9ca7. Older 1.11 releases (e.g. index copy of GetObjectRequest.h at
// commit 1351715c172cd0c217c6da7fe487dc71ebe7b04a) instead have three overloads per member
// (const Aws::String&, Aws::String&&, const char*). Member names and With* return types are identical.
// Only the listed members are stubbed; all others of the real class are omitted.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/s3/S3Request.h>

#include <utility>

namespace Aws {
namespace S3 {
namespace Model {

class HeadObjectRequest : public S3Request {
 public:
  HeadObjectRequest() = default;

  inline virtual const char* GetServiceRequestName() const override { return "HeadObject"; }

  inline const Aws::String& GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  template <typename BucketT = Aws::String>
  void SetBucket(BucketT&& value) {
    m_bucketHasBeenSet = true;
    m_bucket = std::forward<BucketT>(value);
  }
  template <typename BucketT = Aws::String>
  HeadObjectRequest& WithBucket(BucketT&& value) {
    SetBucket(std::forward<BucketT>(value));
    return *this;
  }

  inline const Aws::String& GetKey() const { return m_key; }
  inline bool KeyHasBeenSet() const { return m_keyHasBeenSet; }
  template <typename KeyT = Aws::String>
  void SetKey(KeyT&& value) {
    m_keyHasBeenSet = true;
    m_key = std::forward<KeyT>(value);
  }
  template <typename KeyT = Aws::String>
  HeadObjectRequest& WithKey(KeyT&& value) {
    SetKey(std::forward<KeyT>(value));
    return *this;
  }

 private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_key;
  bool m_keyHasBeenSet = false;

};

}  // namespace Model
}  // namespace S3
}  // namespace Aws
