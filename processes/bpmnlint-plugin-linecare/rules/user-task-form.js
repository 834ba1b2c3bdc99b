'use strict';

const { is } = require('bpmnlint-utils');
const { camundaAttr, isBlank } = require('../lib/camunda');

/** Every user task has a Camunda Form (camunda:formRef, binding "latest") and camunda:candidateGroups. */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (isBlank(camundaAttr(node, 'formRef'))) {
      reporter.report(node.id, 'user task has no camunda:formRef');
    }
    const binding = camundaAttr(node, 'formRefBinding');
    if (binding !== 'latest') {
      reporter.report(node.id, 'user task has camunda:formRefBinding ' + (binding === undefined ? '(none)' : '"' + binding + '"') + ', must be "latest"');
    }
    if (isBlank(camundaAttr(node, 'candidateGroups'))) {
      reporter.report(node.id, 'user task has no camunda:candidateGroups');
    }
  }

  return { check };
};
