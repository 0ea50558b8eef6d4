import { useState, type FormEvent } from 'react';
import type { FieldErrors, Validated } from './field-errors';

export interface ValidatedFormOptions<V, T> {
  /** The inputs' first values, or a function that makes them (run once). */
  initialValues: V | (() => V);
  /** Checks the values (with the core's schema): what to send, or a message for each field. */
  validate: (values: V) => Validated<T>;
  /** Gets the checked value when the form is submitted and valid. */
  onValid: (value: T) => void;
  /**
   * Runs whenever a field changes or the form is submitted, before anything else: the moment a
   * "Saved" message shown by the form stops being news.
   */
  onActivity?: () => void;
  /** Take a field's message down as soon as that field is edited (default: at the next submit). */
  clearErrorOnEdit?: boolean;
}

/** What an input needs to show and edit one field: spread it, `<TextField {...field('title')} />`. */
export interface FieldBinding<T> {
  value: T;
  error: string | undefined;
  onChange: (value: T) => void;
}

export type FieldSetter<V> = <K extends keyof V & string>(key: K) => (value: V[K]) => void;

/** Binds one field to its value, its message and its setter, so no form spells the three out. */
export function fieldBinder<V>(values: V, errors: FieldErrors, setField: FieldSetter<V>) {
  return <K extends keyof V & string>(key: K): FieldBinding<V[K]> => ({
    value: values[key],
    error: errors[key],
    onChange: setField(key),
  });
}

export interface ValidatedForm<V> {
  values: V;
  /** A setter for one field, ready for an input's `onChange`: `onChange={setField('title')}`. */
  setField: FieldSetter<V>;
  /** Value, message and setter of one field, for inputs that show just that field. */
  field: <K extends keyof V & string>(key: K) => FieldBinding<V[K]>;
  /** The messages of the last submit, by field key. */
  errors: FieldErrors;
  /** The form's `onSubmit`: checks the values, shows the messages, or hands on the value. */
  submit: (event: FormEvent) => void;
}

/**
 * The one way a form here holds its values and reports problems: nothing is sent until the
 * values pass the same check the core makes, and each message appears beside its own field.
 */
export function useValidatedForm<V extends object, T>({
  initialValues,
  validate,
  onValid,
  onActivity,
  clearErrorOnEdit = false,
}: ValidatedFormOptions<V, T>): ValidatedForm<V> {
  const [values, setValues] = useState<V>(initialValues);
  const [errors, setErrors] = useState<FieldErrors>({});

  const setField =
    <K extends keyof V & string>(key: K) =>
    (value: V[K]) => {
      onActivity?.();
      setValues((current) => ({ ...current, [key]: value }));
      if (clearErrorOnEdit) {
        setErrors((current) => {
          const others = { ...current };
          delete others[key];
          return others;
        });
      }
    };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onActivity?.();
    const checked = validate(values);
    setErrors(checked.ok ? {} : checked.errors);
    if (checked.ok) onValid(checked.value);
  };

  return { values, setField, field: fieldBinder(values, errors, setField), errors, submit };
}
