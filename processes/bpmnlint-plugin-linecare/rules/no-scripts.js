'use strict';

const { is } = require('bpmnlint-utils');
const { extensionContent, isCamunda, nameOf, isBlank } = require('../lib/camunda');

/** No script tasks, no camunda:script (listeners, input/output parameters), no script conditions. */
module.exports = function() {

  function check(node, reporter) {
    if (is(node, 'bpmn:ScriptTask')) {
      reporter.report(node.id, 'script task is not allowed');
    }
    if (is(node, 'bpmn:SequenceFlow') && node.conditionExpression && !isBlank(node.conditionExpression.language)) {
      reporter.report(node.id, 'script condition is not allowed (language="' + node.conditionExpression.language + '")');
    }
    if (is(node, 'bpmn:BaseElement') && node.id) {
      for (const element of extensionContent(node)) {
        if (isCamunda(element, 'script')) {
          reporter.report(node.id, 'script is not allowed (camunda:script in ' + nameOf(element.$parent || {}).localName + ')');
        }
      }
    }
  }

  return { check };
};
