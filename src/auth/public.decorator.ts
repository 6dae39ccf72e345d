import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'jingzhun:public';

/** Marks a route that needs no staff token (health, login, later the public board). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
