import { randomBytes } from 'node:crypto';
import {
  CreateBucketCommand,
  DeleteBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  S3Client,
} from '@aws-sdk/client-s3';
import { describe } from 'vitest';
import { createS3CrashStorage } from '../../src/adapters/crash-storage/s3.js';
import { requireService } from '../../../test/services.js';
import { describeCrashStorageContract } from '../contracts/crash-storage.contract.js';

const moto = await requireService('moto');

describe.skipIf(!moto)('S3 adapter against moto', () => {
  describeCrashStorageContract('S3 (moto)', async () => {
    const bucket = `cairn-test-${randomBytes(6).toString('hex')}`;
    const client = new S3Client({ endpoint: moto!.url, region: 'us-east-1', forcePathStyle: true });
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
    return {
      storage: createS3CrashStorage({ bucket, region: 'us-east-1', endpoint: moto!.url }),
      async readObject(key) {
        try {
          const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
          return await object.Body!.transformToByteArray();
        } catch {
          return undefined;
        }
      },
      async cleanup() {
        const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
        const keys = (listed.Contents ?? []).map((object) => ({ Key: object.Key! }));
        if (keys.length > 0)
          await client.send(
            new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }),
          );
        await client.send(new DeleteBucketCommand({ Bucket: bucket }));
        client.destroy();
      },
    };
  });
});
