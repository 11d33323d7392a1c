/** The GraphQL type of one crash report. */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'One crash report, as the processor left it.' })
export class Crash {
  @Field(() => String, { description: 'The crash id (without the bp- prefix).' })
  crashId!: string;

  @Field(() => String, { nullable: true, description: 'Product name (ProductName annotation).' })
  product!: string | null;

  @Field(() => String, { nullable: true, description: 'Product version (Version annotation).' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'When the crash was processed (ISO-8601).' })
  dateProcessed!: string | null;
}
