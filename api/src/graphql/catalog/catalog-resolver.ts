/** The field catalog (data dictionary and field picker), platforms and products. */
import { FIELD_CATALOG } from '@cairn/core';
import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { PLATFORMS } from '../../services/platform-service.js';
import { listProducts } from '../../services/version-service.js';
import type { ApiContext } from '../context.js';
import { toGraphqlFieldName } from './graphql-field-name.js';

@ObjectType({ description: 'One searchable crash field, as the catalog declares it.' })
export class CatalogField {
  @Field(() => String, { description: 'The Crash Stats name, used in filters and URLs.' })
  name!: string;

  @Field(() => String, { description: 'The field’s name on CrashFields.' })
  graphqlName!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'string, integer, float, bool, date or enum.' })
  queryType!: string;

  @Field(() => String, { description: 'str, int, float, bool, datetime or enum.' })
  valueType!: string;

  @Field(() => [String], { description: 'Filter operators it accepts (lowercase names).' })
  operators!: string[];

  @Field(() => Boolean)
  isAggregatable!: boolean;

  @Field(() => Boolean)
  hasHistogram!: boolean;

  @Field(() => Boolean)
  isList!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The permission it needs; null when public.',
  })
  permission!: string | null;

  @Field(() => [String])
  choices!: string[];

  @Field(() => [String], { description: 'Where the value comes from in the processed crash.' })
  sourcePaths!: string[];
}

@ObjectType()
export class PlatformType {
  @Field(() => String) name!: string;
  @Field(() => String) shortName!: string;
}

@ObjectType()
export class ProductVersionType {
  @Field(() => String) version!: string;
  @Field(() => Int) crashCount!: number;
}

@ObjectType({ description: 'A product seen in the last 60 days of crashes.' })
export class ProductType {
  @Field(() => String) name!: string;
  @Field(() => Int) crashCount!: number;
  @Field(() => [ProductVersionType], { description: 'Newest first, with X.Yb beta umbrellas.' })
  versions!: ProductVersionType[];
}

@Resolver()
export class CatalogResolver {
  @Query(() => [CatalogField], { description: 'Every searchable field (the data dictionary).' })
  fields(): CatalogField[] {
    return [...FIELD_CATALOG.values()].map((field) => ({
      name: field.name,
      graphqlName: toGraphqlFieldName(field.name),
      description: field.description,
      queryType: field.queryType,
      valueType: field.valueType,
      operators: [...field.operators],
      isAggregatable: field.isAggregatable,
      hasHistogram: field.hasHistogram,
      isList: field.isList,
      permission: field.permission,
      choices: [...field.choices],
      sourcePaths: [...field.sourcePaths],
    }));
  }

  @Query(() => [PlatformType])
  platforms(): PlatformType[] {
    return PLATFORMS.map((platform) => ({ ...platform }));
  }

  @Query(() => [ProductType], { description: 'Products and versions derived from recent crashes.' })
  async products(@Ctx() context: ApiContext): Promise<ProductType[]> {
    return (await listProducts(context.deps)).map((product) => ({
      ...product,
      versions: [...product.versions],
    }));
  }
}
