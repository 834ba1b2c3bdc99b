'use strict';

const { is } = require('bpmnlint-utils');
const { MODELER_DEFAULT_ID } = require('../lib/camunda');

/** Element ids say what the element is (Task_BookAppointment), not the Modeler's Activity_0abc123. */
module.exports = function() {

  function check(node, reporter) {
    if (is(node, 'bpmn:BaseElement') && node.id && MODELER_DEFAULT_ID.test(node.id)) {
      reporter.report(node.id, 'id is the Modeler\'s default, give it a meaningful one (e.g. Task_BookAppointment)');
    }
  }

  return { check };
};
