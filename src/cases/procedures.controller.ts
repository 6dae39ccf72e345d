import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { DEFAULT_POLICY } from '../../workflows/policy';
import { STAFF_ROLES, type StaffRole } from '../accounts/staff-role';
import { HOUSEHOLD_STATUS, type HouseholdStatus } from '../households/household.enums';
import { CaseStepView } from './case.view';
import { currentProcedure, mainPath, PROCEDURE_NAMES } from './procedures';

class ProcedureView {
  @ApiProperty({ enum: PROCEDURE_NAMES }) name!: string;
  @ApiProperty({ example: '贫困户识别', description: '名称 (防返贫监测以本县政策的称谓为准，此处为默认称谓)' }) label!: string;
  @ApiProperty({ enum: STAFF_ROLES, description: '由哪一级开立' }) openedBy!: StaffRole;
  @ApiProperty({ enum: HOUSEHOLD_STATUS.values, isArray: true, description: '农户处于哪些状态时可以开立' }) startsFrom!: HouseholdStatus[];
  @ApiProperty({ type: [CaseStepView], description: '各阶段 (按办理顺序，至办结)' }) steps!: CaseStepView[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: '全部阶段代码 → 名称 (含未通过、撤回等办结情形)' }) stageLabels!: Record<string, string>;
}

/** The procedures a case may follow, as a screen offers and labels them. */
@ApiTags('cases')
@ApiBearerAuth()
@Controller('procedures')
export class ProceduresController {
  @Get()
  @ApiOperation({ summary: '办理程序：名称、开立者、可开立的农户状态、各阶段' })
  @ApiOkResponse({ type: [ProcedureView] })
  list(): ProcedureView[] {
    return PROCEDURE_NAMES.flatMap((name) => {
      const procedure = currentProcedure(name);
      if (!procedure) return [];
      return [{ name, label: procedure.label(DEFAULT_POLICY), openedBy: procedure.openedBy as StaffRole, startsFrom: procedure.startsFrom as HouseholdStatus[], steps: mainPath(procedure), stageLabels: procedure.stageLabels }];
    });
  }
}
