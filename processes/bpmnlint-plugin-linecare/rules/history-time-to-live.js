'use strict';

const { is } = require('bpmnlint-utils');
const { camundaAttr, isBlank } = require('../lib/camunda');

/** Every executable process sets camunda:historyTimeToLive (Camunda 7.24 rejects it otherwise). */
module.exports = function() {

  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && isBlank(camundaAttr(node, 'historyTimeToLive'))) {
      reporter.report(node.id, 'executable process has no camunda:historyTimeToLive');
    }
  }

  return { check };
};
