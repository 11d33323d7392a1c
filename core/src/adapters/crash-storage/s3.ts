/** CrashStorage in an S3 bucket (or an S3-compatible server), with the reference keys. */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { CrashStorage } from '../../ports/crash-storage.js';
import { awsRequestHandlerOptions, type AwsRequestTimeouts } from '../aws-request-timeouts.js';
import type { BlobStore } from './blob-store.js';
import { createBlobCrashStorage } from './blob-crash-storage.js';

/** Where the bucket is. Credentials come from the standard AWS environment and chain. */
export interface S3CrashStorageOptions {
  readonly bucket: string;
  readonly region: string;
  /** An S3-compatible endpoint; AWS when absent. */
  readonly endpoint?: string;
  /** Connection and idle limits of each request. */
  readonly timeouts?: AwsRequestTimeouts;
}

/** Opens the S3 crash storage. The bucket must already exist. */
export function createS3CrashStorage(options: S3CrashStorageOptions): CrashStorage {
  return createBlobCrashStorage(createS3BlobStore(options));
}

/** A BlobStore on an existing S3 bucket (crash storage and the Telemetry export use one each). */
export function createS3BlobStore(options: S3CrashStorageOptions): BlobStore {
  const client = new S3Client({
    region: options.region,
    // Path-style addressing keeps bucket names with dots working over TLS, as the reference did.
    forcePathStyle: true,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    requestHandler: awsRequestHandlerOptions(options.timeouts),
  });
  const bucket = options.bucket;
  return {
    async putObject(key, body) {
      await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    },
    async getObject(key) {
      try {
        const response = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return response.Body ? await response.Body.transformToByteArray() : new Uint8Array();
      } catch (error) {
        if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey')
          return undefined;
        throw error;
      }
    },
    async hasObject(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
        return true;
      } catch (error) {
        const name = (error as { name?: string }).name;
        if (name === 'NotFound' || name === 'NoSuchKey') return false;
        throw error;
      }
    },
    async deleteObject(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
    async *listKeys(prefix) {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            ContinuationToken: continuationToken,
          }),
        );
        for (const object of page.Contents ?? []) if (object.Key) yield object.Key;
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
    async *listFolders(prefix) {
      let continuationToken: string | undefined;
      do {
        const page = await client.send(
          new ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix,
            Delimiter: '/',
            ContinuationToken: continuationToken,
          }),
        );
        for (const common of page.CommonPrefixes ?? []) {
          if (common.Prefix) yield common.Prefix.slice(prefix.length, -1);
        }
        continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (continuationToken);
    },
    async checkHealth() {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },
    async close() {
      client.destroy();
    },
  };
}
