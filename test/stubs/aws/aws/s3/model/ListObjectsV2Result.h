// conncheck test stub.
// Mirrors: aws/aws-sdk-cpp  generated/src/aws-cpp-sdk-s3/include/aws/s3/model/ListObjectsV2Result.h
// Version: 1.11.x (index copy at commit 26dda371269fc1096046a24aa08aa530fd4492aa). Getters only.
#pragma once

#include <aws/core/utils/memory/stl/AWSString.h>
#include <aws/core/utils/memory/stl/AWSVector.h>
#include <aws/s3/model/Object.h>

namespace Aws {
namespace S3 {
namespace Model {
class ListObjectsV2Result {
 public:
  ListObjectsV2Result() = default;

  inline bool GetIsTruncated() const { return m_isTruncated; }
  inline const Aws::Vector<Object>& GetContents() const { return m_contents; }
  inline const Aws::String& GetName() const { return m_name; }
  inline const Aws::String& GetPrefix() const { return m_prefix; }
  inline int GetMaxKeys() const { return m_maxKeys; }
  inline int GetKeyCount() const { return m_keyCount; }
  inline const Aws::String& GetContinuationToken() const { return m_continuationToken; }
  inline const Aws::String& GetNextContinuationToken() const { return m_nextContinuationToken; }

 private:
  bool m_isTruncated{false};
  Aws::Vector<Object> m_contents;
  Aws::String m_name;
  Aws::String m_prefix;
  int m_maxKeys{0};
  int m_keyCount{0};
  Aws::String m_continuationToken;
  Aws::String m_nextContinuationToken;
};

}  // namespace Model
}  // namespace S3
}  // namespace Aws
