'use strict';

const { is } = require('bpmnlint-utils');
const { camundaAttr, extensionContent, isCamunda, nameOf } = require('../lib/camunda');

const ON_ELEMENTS = [ 'class', 'delegateExpression', 'expression', 'variableMappingClass', 'variableMappingDelegateExpression' ];
const ON_LISTENERS = [ 'class', 'delegateExpression', 'expression' ];

/** No Java delegates or expressions as implementations: not on tasks or events, not on listeners. */
module.exports = function() {

  function check(node, reporter) {
    if (!is(node, 'bpmn:BaseElement')) {
      return;
    }
    const owner = node.id ? node : node.$parent;
    if (!owner || !owner.id) {
      return;
    }
    for (const attribute of ON_ELEMENTS) {
      if (camundaAttr(node, attribute) !== undefined) {
        reporter.report(owner.id, 'delegate code is not allowed (camunda:' + attribute + ' on ' + nameOf(node).localName + ')');
      }
    }
    if (!node.id) {
      return;
    }
    for (const element of extensionContent(node)) {
      if (isCamunda(element, 'executionListener') || isCamunda(element, 'taskListener')) {
        for (const attribute of ON_LISTENERS) {
          if (element[attribute] !== undefined && element[attribute] !== null) {
            reporter.report(node.id, 'delegate code is not allowed (' + attribute + ' on camunda:' + nameOf(element).localName + ')');
          }
        }
      }
    }
  }

  return { check };
};
