/** Account administration (needs manage_users; the shield checks, the services check again). */
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import {
  adminCreateUser,
  adminGrant,
  adminListGroups,
  adminListUsers,
  adminRevoke,
  adminSaveGroup,
  adminSetUserActive,
} from '../../services/admin-service.js';
import type { GroupRecord } from '../../stores/group-store.js';
import { toUserType } from '../accounts/account-resolver.js';
import { UserType } from '../accounts/account-types.js';
import type { ApiContext } from '../context.js';

@ObjectType({ description: 'A named set of permissions.' })
export class GroupType {
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => [String]) permissions!: string[];
  @Field(() => Int) memberCount!: number;
}

function toGroupType(group: GroupRecord): GroupType {
  return { ...group, permissions: [...group.permissions] };
}

@Resolver()
export class AdminResolver {
  @Query(() => [UserType], { description: 'Every user (needs manage_users).' })
  async users(@Ctx() context: ApiContext): Promise<UserType[]> {
    return (await adminListUsers(context.deps, context.caller)).map(toUserType);
  }

  @Query(() => [GroupType], { description: 'Every group (needs manage_users).' })
  async groups(@Ctx() context: ApiContext): Promise<GroupType[]> {
    return (await adminListGroups(context.deps, context.caller)).map(toGroupType);
  }

  @Mutation(() => UserType, { description: 'Creates a user with a password (needs manage_users).' })
  async createUser(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Arg('isSuperuser', () => Boolean, { defaultValue: false }) isSuperuser: boolean,
    @Ctx() context: ApiContext,
  ): Promise<UserType> {
    return toUserType(
      await adminCreateUser(context.deps, context.caller, { email, password, isSuperuser }),
    );
  }

  @Mutation(() => UserType, {
    description: 'Activates or deactivates a user (needs manage_users).',
  })
  async setUserActive(
    @Arg('email', () => String) email: string,
    @Arg('isActive', () => Boolean) isActive: boolean,
    @Ctx() context: ApiContext,
  ): Promise<UserType> {
    return toUserType(await adminSetUserActive(context.deps, context.caller, email, isActive));
  }

  @Mutation(() => UserType, {
    description: 'Grants a permission or a group to a user (needs manage_users).',
  })
  async grantToUser(
    @Arg('email', () => String) email: string,
    @Arg('permission', () => String, { nullable: true }) permission: string | undefined,
    @Arg('group', () => String, { nullable: true }) group: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<UserType> {
    return toUserType(
      await adminGrant(context.deps, context.caller, {
        email,
        ...(permission != null && { permission }),
        ...(group != null && { group }),
      }),
    );
  }

  @Mutation(() => UserType, {
    description: 'Takes a permission or a group away (needs manage_users).',
  })
  async revokeFromUser(
    @Arg('email', () => String) email: string,
    @Arg('permission', () => String, { nullable: true }) permission: string | undefined,
    @Arg('group', () => String, { nullable: true }) group: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<UserType> {
    return toUserType(
      await adminRevoke(context.deps, context.caller, {
        email,
        ...(permission != null && { permission }),
        ...(group != null && { group }),
      }),
    );
  }

  @Mutation(() => GroupType, {
    description: 'Creates a group or replaces its permissions (needs manage_users).',
  })
  async saveGroup(
    @Arg('name', () => String) name: string,
    @Arg('permissions', () => [String]) permissions: string[],
    @Arg('create', () => Boolean, { defaultValue: false }) create: boolean,
    @Arg('description', () => String, { nullable: true }) description: string | undefined,
    @Ctx() context: ApiContext,
  ): Promise<GroupType> {
    return toGroupType(
      await adminSaveGroup(context.deps, context.caller, {
        name,
        permissions,
        create,
        ...(description != null && { description }),
      }),
    );
  }
}
