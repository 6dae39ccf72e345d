import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { uuidParam } from '../common/param.pipes';
import { Roles } from '../auth/roles.decorator';
import { AccountView } from './account.view';
import { AccountsService } from './accounts.service';
import { CreateAccountDto } from './dto/create-account.dto';
import { UpdateAccountDto } from './dto/update-account.dto';
import { ListAccountsQuery } from './dto/list-accounts.query';
import { ApiPage, type Page } from '../common/pagination';

@ApiTags('accounts')
@ApiBearerAuth()
@Roles('admin')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Post()
  @ApiOperation({ summary: '创建工作人员账号 (角色与管辖区划)' })
  @ApiCreatedResponse({ type: AccountView })
  create(@Body() dto: CreateAccountDto): Promise<AccountView> {
    return this.accounts.create(dto);
  }

  @Get()
  @ApiOperation({ summary: '账号列表 (按用户名分页，返回 items、total 与 nextCursor)' })
  @ApiPage(AccountView)
  list(@Query() query: ListAccountsQuery): Promise<Page<AccountView>> {
    return this.accounts.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: '账号详情' })
  @ApiOkResponse({ type: AccountView })
  get(@Param('id', uuidParam('id')) id: string): Promise<AccountView> {
    return this.accounts.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: '修改账号：姓名、密码 (重置)、停用、角色与管辖区划' })
  @ApiOkResponse({ type: AccountView })
  update(@Param('id', uuidParam('id')) id: string, @Body() dto: UpdateAccountDto): Promise<AccountView> {
    return this.accounts.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除账号 (保留审计记录)' })
  async remove(@Param('id', uuidParam('id')) id: string): Promise<void> {
    await this.accounts.remove(id);
  }
}
