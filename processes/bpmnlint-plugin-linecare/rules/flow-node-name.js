'use strict';

const { is } = require('bpmnlint-utils');
const { flowCounts, isBlank } = require('../lib/camunda');

/** Every flow node has a name; only a joining gateway (more than one in, exactly one out) may go without. */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:FlowNode') || !isBlank(node.name)) {
      return;
    }
    if (is(node, 'bpmn:Gateway')) {
      const { incoming, outgoing } = flowCounts(node);
      if (!(incoming > 1 && outgoing === 1)) {
        reporter.report(node.id, 'gateway has no name (only a joining gateway, >1 in and 1 out, may be unnamed)');
      }
      return;
    }
    reporter.report(node.id, 'flow node has no name');
  }

  return { check };
};
