import { ArgumentsHost, Catch, RpcExceptionFilter } from '@nestjs/common';
import { Observable, throwError } from 'rxjs';

/**
 * Nest's default RPC exception filter turns every error into a generic `{status:'error'}` object, which would hide
 * the error class and message that the dead-letter headers must carry. This filter rethrows the original error so
 * the StageRunner sees it as it was thrown.
 */
@Catch()
export class RethrowRpcExceptionsFilter implements RpcExceptionFilter<unknown> {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}
