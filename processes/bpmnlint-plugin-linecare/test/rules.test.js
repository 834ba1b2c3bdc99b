'use strict';

// Run with `npm --prefix processes test`: every linecare rule reports on the bad fixture (the same
// findings as io.linecare.model.ModelRulesTest) and the real processes are clean.

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');

const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');
const { createScopedRequire } = require('bpmnlint/lib/resolver/helper');

const plugin = require('..');

const PROCESSES = path.resolve(__dirname, '..', '..');
const BAD = path.join(__dirname, 'fixtures', 'bad.bpmn');
const rc = JSON.parse(fs.readFileSync(path.join(PROCESSES, '.bpmnlintrc'), 'utf8'));

function moddle(withCamunda) {
  return new BpmnModdle(withCamunda ? { camunda: require('camunda-bpmn-moddle/resources/camunda.json') } : {});
}

async function lint(file, config, withCamunda = true) {
  const { rootElement, warnings } = await moddle(withCamunda).fromXML(fs.readFileSync(file, 'utf8'));
  assert.deepEqual(warnings.map(w => w.message), [], 'parses without warnings: ' + file);
  const linter = new Linter({
    config,
    resolver: new NodeResolver({ require: createScopedRequire(PROCESSES) })
  });
  const results = await linter.lint(rootElement);
  return Object.entries(results).flatMap(([ rule, reports ]) => reports.map(r => ({ rule, id: r.id, message: r.message })));
}

const LINECARE = { extends: 'plugin:linecare/recommended' };

// One line per finding, as the Java rules word them (ModelRulesTest.theLintPluginsBadFixtureBreaksEveryRule).
const EXPECTED = [
  'linecare/history-time-to-live bad-fixture: executable process has no camunda:historyTimeToLive',
  'linecare/meaningful-ids StartEvent_1: id is the Modeler\'s default, give it a meaningful one (e.g. Task_BookAppointment)',
  'linecare/meaningful-ids Activity_0abc123: id is the Modeler\'s default, give it a meaningful one (e.g. Task_BookAppointment)',
  'linecare/external-tasks Task_NotExternal: service task is not an external task (camunda:type="external")',
  'linecare/no-delegate-code Task_NotExternal: delegate code is not allowed (camunda:class on serviceTask)',
  'linecare/external-tasks Task_NoTopic: service task has no camunda:topic',
  'linecare/external-tasks Task_SendInternal: send task is not an external task (camunda:type="external")',
  'linecare/no-delegate-code Task_SendInternal: delegate code is not allowed (camunda:expression on sendTask)',
  'linecare/user-task-form Task_NoForm: user task has no camunda:formRef',
  'linecare/user-task-form Task_NoForm: user task has camunda:formRefBinding (none), must be "latest"',
  'linecare/user-task-form Task_NoForm: user task has no camunda:candidateGroups',
  'linecare/no-scripts Task_NoForm: script is not allowed (camunda:script in executionListener)',
  'linecare/no-delegate-code Task_NoForm: delegate code is not allowed (delegateExpression on camunda:taskListener)',
  'linecare/no-scripts Task_Script: script task is not allowed',
  'linecare/external-tasks Event_NotifyNoTopic: message event has no camunda:topic',
  'linecare/no-scripts Flow_ScriptCondition: script condition is not allowed (language="javascript")',
  'linecare/flow-node-name Gateway_Unnamed: gateway has no name (only a joining gateway, >1 in and 1 out, may be unnamed)',
  'linecare/flow-node-name Task_NoName: flow node has no name',
  'linecare/diagram-complete Task_NoShape: flow node has no diagram shape (BPMNShape)',
  'linecare/diagram-complete Flow_NoEdge: sequence flow has no diagram edge (BPMNEdge)'
];

const asLines = reports => reports.map(r => `${r.rule} ${r.id}: ${r.message}`).sort();

test('the plugin exports every rule file and a recommended config that turns them all on', () => {
  const files = fs.readdirSync(path.join(__dirname, '..', 'rules')).map(f => f.replace(/\.js$/, '')).sort();
  assert.deepEqual(Object.keys(plugin.rules).sort(), files);
  assert.deepEqual(Object.keys(plugin.configs.recommended.rules).sort(), files);
});

test('every linecare rule reports on the bad fixture, exactly as the Java rules do', async () => {
  const reports = await lint(BAD, LINECARE);
  for (const rule of Object.keys(plugin.rules)) {
    assert.ok(reports.some(r => r.rule === 'linecare/' + rule), 'rule linecare/' + rule + ' reports on bad.bpmn');
  }
  assert.deepEqual(asLines(reports), [ ...EXPECTED ].sort());
});

test('the rules read camunda attributes the same without the camunda moddle extension (bare bpmnlint)', async () => {
  assert.deepEqual(asLines(await lint(BAD, LINECARE, false)), asLines(await lint(BAD, LINECARE, true)));
});

test('a joining gateway may be unnamed, a forking one may not', async () => {
  const xml = fs.readFileSync(path.join(PROCESSES, 'worker-health-check.bpmn'), 'utf8');
  const bpmn = moddle(true);
  const { rootElement } = await bpmn.fromXML(xml);
  const rule = require('../rules/flow-node-name')();
  const process = rootElement.rootElements[0];
  const gateway = bpmn.create('bpmn:ExclusiveGateway', { id: 'Gateway_Join' });
  gateway.$parent = process;
  const flow = (id, source, target) => Object.assign(bpmn.create('bpmn:SequenceFlow', { id }), { sourceRef: source, targetRef: target });
  const task = process.flowElements.find(e => e.id === 'Task_RecordHeartbeat');
  const end = process.flowElements.find(e => e.id === 'Event_WorkersHealthy');
  const reported = [];
  const reporter = { report: (id, message) => reported.push(id + ': ' + message) };

  process.flowElements.push(gateway, flow('Flow_A', task, gateway), flow('Flow_B', task, gateway), flow('Flow_C', gateway, end));
  rule.check(gateway, reporter);
  assert.deepEqual(reported, []);

  process.flowElements.push(flow('Flow_D', gateway, task));
  rule.check(gateway, reporter);
  assert.equal(reported.length, 1);
  assert.match(reported[0], /^Gateway_Join: gateway has no name/);
});

test('every process in processes/ is clean under the full .bpmnlintrc (built-in recommended + linecare)', async () => {
  const files = fs.readdirSync(PROCESSES).filter(f => f.endsWith('.bpmn'));
  assert.ok(files.includes('worker-health-check.bpmn'));
  for (const file of files) {
    assert.deepEqual(asLines(await lint(path.join(PROCESSES, file), { extends: rc.extends })), [], file);
  }
});
