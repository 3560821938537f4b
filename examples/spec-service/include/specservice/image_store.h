// Stores rendered spec sheets in S3.
#pragma once

#include "specservice/product.h"

#include <aws/core/utils/memory/stl/AWSAllocator.h>
#include <aws/s3/S3Client.h>
#include <aws/s3/model/PutObjectRequest.h>

#include <sstream>
#include <stdexcept>
#include <string>

namespace specservice {

class ImageStore {
public:
  ImageStore(Aws::S3::S3Client &s3, std::string bucket)
      : s3_(s3), bucket_(std::move(bucket)) {}

  void upload_image(const Product &p) {
    Aws::S3::Model::PutObjectRequest request;
    request.SetBucket(bucket_);
    request.SetKey("specs/" + std::to_string(p.id) + ".png");
    auto body = Aws::MakeShared<std::stringstream>("ImageStore");
    body->write(p.image_png.data(), static_cast<std::streamsize>(p.image_png.size()));
    request.SetBody(body);
    request.SetContentType("image/png");
    auto outcome = s3_.PutObject(request);
    if (!outcome.IsSuccess())
      throw std::runtime_error("upload failed");
  }

private:
  Aws::S3::S3Client &s3_;
  std::string bucket_;
};

} // namespace specservice
