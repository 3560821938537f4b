// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/ListObjectsV2Request.h (1.11.x)
// WithMaxKeys(int) verified via index copies; other members by the generator pattern.
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

class ListObjectsV2Request : public S3Request {
 public:
  ListObjectsV2Request() = default;

  inline virtual const char* GetServiceRequestName() const override { return "ListObjectsV2"; }

  inline const Aws::String& GetBucket() const { return m_bucket; }
  inline bool BucketHasBeenSet() const { return m_bucketHasBeenSet; }
  template <typename BucketT = Aws::String>
  void SetBucket(BucketT&& value) {
    m_bucketHasBeenSet = true;
    m_bucket = std::forward<BucketT>(value);
  }
  template <typename BucketT = Aws::String>
  ListObjectsV2Request& WithBucket(BucketT&& value) {
    SetBucket(std::forward<BucketT>(value));
    return *this;
  }

  inline const Aws::String& GetDelimiter() const { return m_delimiter; }
  inline bool DelimiterHasBeenSet() const { return m_delimiterHasBeenSet; }
  template <typename DelimiterT = Aws::String>
  void SetDelimiter(DelimiterT&& value) {
    m_delimiterHasBeenSet = true;
    m_delimiter = std::forward<DelimiterT>(value);
  }
  template <typename DelimiterT = Aws::String>
  ListObjectsV2Request& WithDelimiter(DelimiterT&& value) {
    SetDelimiter(std::forward<DelimiterT>(value));
    return *this;
  }

  inline const Aws::String& GetPrefix() const { return m_prefix; }
  inline bool PrefixHasBeenSet() const { return m_prefixHasBeenSet; }
  template <typename PrefixT = Aws::String>
  void SetPrefix(PrefixT&& value) {
    m_prefixHasBeenSet = true;
    m_prefix = std::forward<PrefixT>(value);
  }
  template <typename PrefixT = Aws::String>
  ListObjectsV2Request& WithPrefix(PrefixT&& value) {
    SetPrefix(std::forward<PrefixT>(value));
    return *this;
  }

  inline const Aws::String& GetContinuationToken() const { return m_continuationToken; }
  inline bool ContinuationTokenHasBeenSet() const { return m_continuationTokenHasBeenSet; }
  template <typename ContinuationTokenT = Aws::String>
  void SetContinuationToken(ContinuationTokenT&& value) {
    m_continuationTokenHasBeenSet = true;
    m_continuationToken = std::forward<ContinuationTokenT>(value);
  }
  template <typename ContinuationTokenT = Aws::String>
  ListObjectsV2Request& WithContinuationToken(ContinuationTokenT&& value) {
    SetContinuationToken(std::forward<ContinuationTokenT>(value));
    return *this;
  }

  inline int GetMaxKeys() const { return m_maxKeys; }
  inline bool MaxKeysHasBeenSet() const { return m_maxKeysHasBeenSet; }
  inline void SetMaxKeys(int value) {
    m_maxKeysHasBeenSet = true;
    m_maxKeys = value;
  }
  inline ListObjectsV2Request& WithMaxKeys(int value) {
    SetMaxKeys(value);
    return *this;
  }

 private:
  Aws::String m_bucket;
  bool m_bucketHasBeenSet = false;
  Aws::String m_delimiter;
  bool m_delimiterHasBeenSet = false;
  Aws::String m_prefix;
  bool m_prefixHasBeenSet = false;
  Aws::String m_continuationToken;
  bool m_continuationTokenHasBeenSet = false;
  int m_maxKeys{0};
  bool m_maxKeysHasBeenSet = false;

};

}  // namespace Model
}  // namespace S3
}  // namespace Aws
