'use strict';

const { is, isAny } = require('bpmnlint-utils');
const { camundaAttr, isBlank } = require('../lib/camunda');

const DELEGATES = [ 'class', 'delegateExpression', 'expression' ];

/**
 * Every service and send task, every business-rule task and message throw/end event with a
 * camunda:type, is an external task (camunda:type="external") with a camunda:topic.
 */
module.exports = function() {

  function external(node, kind, type, topic, reporter) {
    if (type !== 'external') {
      reporter.report(node.id, kind + ' is not an external task (camunda:type="external")');
    } else if (isBlank(topic)) {
      reporter.report(node.id, kind + ' has no camunda:topic');
    }
  }

  function check(node, reporter) {
    if (is(node, 'bpmn:ServiceTask')) {
      external(node, 'service task', camundaAttr(node, 'type'), camundaAttr(node, 'topic'), reporter);
    } else if (is(node, 'bpmn:SendTask')) {
      external(node, 'send task', camundaAttr(node, 'type'), camundaAttr(node, 'topic'), reporter);
    } else if (is(node, 'bpmn:BusinessRuleTask')) {
      if (camundaAttr(node, 'type') !== undefined) {
        external(node, 'business-rule task', camundaAttr(node, 'type'), camundaAttr(node, 'topic'), reporter);
      } else if (isBlank(camundaAttr(node, 'decisionRef')) && !DELEGATES.some(a => camundaAttr(node, a) !== undefined)) {
        reporter.report(node.id, 'business-rule task has neither camunda:decisionRef nor an external topic');
      }
    } else if (isAny(node, [ 'bpmn:IntermediateThrowEvent', 'bpmn:EndEvent' ])) {
      (node.eventDefinitions || [])
        .filter(definition => is(definition, 'bpmn:MessageEventDefinition'))
        .filter(definition => camundaAttr(definition, 'type') !== undefined)
        .forEach(definition => external(node, 'message event', camundaAttr(definition, 'type'), camundaAttr(definition, 'topic'), reporter));
    }
  }

  return { check };
};
