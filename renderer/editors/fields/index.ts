/** The structured-editor kit every workspace part builds on (reuse before writing a new field). */
export { useCollection, useOrganisatieOpties, type EntitiesOf } from './useCollection.js';
export { useWrite, type Write } from './useWrite.js';
export { TextField, type TextFieldProps } from './TextField.js';
export { SelectField, type SelectFieldProps, type SelectOption } from './SelectField.js';
export { CheckboxField, type CheckboxFieldProps } from './CheckboxField.js';
export { EntityList, type EntityListProps } from './EntityList.js';
export { RemoveButton } from './RemoveButton.js';
export { CheckboxGroup, type CheckboxGroupProps } from './CheckboxGroup.js';
export { AddForm, type AddFormProps } from './AddForm.js';
export { DraftField, optionalText, type DraftFieldProps } from './DraftField.js';
export { FormInput, type FormInputProps } from './FormInput.js';
export { FieldFrame, descriptionIdOf, type FieldFrameProps } from './FieldFrame.js';
export { WriteError } from './WriteError.js';
export { AfgeschermdMelding, useAfschermingStaat, type AfschermingStaat, type AfgeschermdMeldingProps } from './AfgeschermdMelding.js';
export { KopieWaarschuwing, KopieWaarschuwingVoor, useBekendeWaarden } from './KopieWaarschuwing.js';
