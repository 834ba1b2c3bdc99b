'use strict';

/*
 * Linecare's house rules for BPMN, the same as io.linecare.model.ModelRules on the Java side.
 * Rules are given as paths so bpmnlint (and Modeler plugin bundlers) resolve them like built-ins.
 */

const RULES = [
  'external-tasks',
  'user-task-form',
  'history-time-to-live',
  'no-scripts',
  'no-delegate-code',
  'flow-node-name',
  'diagram-complete',
  'meaningful-ids'
];

module.exports = {
  configs: {
    recommended: {
      rules: Object.fromEntries(RULES.map(rule => [ rule, 'error' ]))
    }
  },
  rules: Object.fromEntries(RULES.map(rule => [ rule, './rules/' + rule ]))
};
