import { createSecretKey } from 'node:crypto';
import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { AccountsModule } from '../accounts/accounts.module';
import { Settings } from '../config/settings';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { StaffAuthGuard } from './staff-auth.guard';

@Module({
  imports: [
    AccountsModule,
    JwtModule.registerAsync({
      inject: [Settings],
      // A key object made once: given the secret as a string, jsonwebtoken first tries it as a public key on every verify (5 % of the API's time in the bench).
      useFactory: (settings: Settings) => ({ secret: createSecretKey(Buffer.from(settings.jwtSecret)), signOptions: { algorithm: 'HS256' }, verifyOptions: { algorithms: ['HS256'] } }),
    }),
  ],
  controllers: [AuthController],
  providers: [AuthService, { provide: APP_GUARD, useClass: StaffAuthGuard }],
})
export class AuthModule {}
