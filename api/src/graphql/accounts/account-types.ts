/** Users, tokens and the caller's own view of them. */
import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A permission and its display name.' })
export class PermissionType {
  @Field(() => String) codename!: string;
  @Field(() => String) name!: string;
}

@ObjectType({ description: 'An API token (the secret is shown only once, when it is created).' })
export class ApiTokenType {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'The secret’s first 8 characters.' }) prefix!: string;
  @Field(() => String) notes!: string;
  @Field(() => [String]) permissions!: string[];
  @Field(() => String) createdAt!: string;
  @Field(() => String) expiresAt!: string;
  @Field(() => String, { nullable: true }) revokedAt!: string | null;
  @Field(() => Boolean, { description: 'Past its expiry date.' }) isExpired!: boolean;
}

@ObjectType({ description: 'A new token and its secret, to send as the Auth-Token header.' })
export class CreatedApiToken {
  @Field(() => ApiTokenType) token!: ApiTokenType;
  @Field(() => String, { description: 'Shown only now; Cairn keeps only a hash.' }) secret!: string;
}

@ObjectType({ description: 'A user account.' })
export class UserType {
  @Field(() => String) id!: string;
  @Field(() => String) email!: string;
  @Field(() => Boolean) isActive!: boolean;
  @Field(() => Boolean) isSuperuser!: boolean;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) lastLoginAt!: string | null;
  @Field(() => [String]) groups!: string[];
  @Field(() => [String], { description: 'Permissions granted outside groups.' })
  directPermissions!: string[];
}

@ObjectType({ description: 'Who the caller is.' })
export class Me {
  @Field(() => UserType, { nullable: true, description: 'Null for anonymous callers.' })
  user!: UserType | null;

  @Field(() => [String], { description: 'What this request may do (a token: its own subset).' })
  permissions!: string[];

  @Field(() => String, { description: 'anonymous, session or token.' })
  authenticatedBy!: string;

  @Field(() => String, {
    nullable: true,
    description: 'For browser sessions: echo it in the X-CSRF-Token header of every POST.',
  })
  csrfToken!: string | null;

  @Field(() => [PermissionType], { description: 'Every permission that exists.' })
  allPermissions!: PermissionType[];

  @Field(() => [ApiTokenType], {
    description: 'The user’s API tokens, newest first (empty for anonymous callers).',
  })
  tokens!: ApiTokenType[];
}

@ObjectType({ description: 'A signed-in session.' })
export class SignInResult {
  @Field(() => Me) me!: Me;
  @Field(() => String) expiresAt!: string;
}
